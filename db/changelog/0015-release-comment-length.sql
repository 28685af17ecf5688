--liquibase formatted sql

--changeset candour:0015-release-comment-length logicalFilePath:db/changelog/0015-release-comment-length.sql
-- A comment may be 4,000 characters when submitted, and redaction makes it longer ("1234" becomes "[removed]"):
-- a varchar(4000) here made one such comment fail the whole release, every time it was retried.
alter table published.release_comment alter column text type text;
