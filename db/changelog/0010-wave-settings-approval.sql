--liquibase formatted sql

--changeset candour:0010-wave-settings-approval logicalFilePath:db/changelog/0010-wave-settings-approval.sql
-- Dual sign-off: the settings that protect anonymity (k, custodians, threshold) must be approved by the
-- staff association before a wave can open. Any change clears the approval.
alter table wave add column settings_approved_by varchar(100);
