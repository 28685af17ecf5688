package org.candour.org;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.candour.db.Tables.ORG_UNIT;

/** Org units in the database. */
@Repository
class OrgRepository {

    private final DSLContext dsl;

    OrgRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean anyExists() {
        return dsl.fetchExists(ORG_UNIT);
    }

    List<OrgUnit> findAll() {
        return dsl.select(ORG_UNIT.ID, ORG_UNIT.CODE, ORG_UNIT.NAME, ORG_UNIT.PARENT_ID, ORG_UNIT.HEADCOUNT)
                .from(ORG_UNIT)
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.NAME)
                .fetch(r -> new OrgUnit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<UUID> findIdByCode(String code) {
        return dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.CODE.eq(code)).fetchOptional(ORG_UNIT.ID);
    }

    void update(UUID id, String name, UUID parentId, Integer headcount) {
        dsl.update(ORG_UNIT)
                .set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.PARENT_ID, parentId)
                .set(ORG_UNIT.HEADCOUNT, headcount)
                .set(ORG_UNIT.VERSION, ORG_UNIT.VERSION.plus(1))
                .where(ORG_UNIT.ID.eq(id))
                .execute();
    }

    UUID insert(String code, String name, UUID parentId, Integer headcount, int sortOrder) {
        return dsl.insertInto(ORG_UNIT)
                .set(ORG_UNIT.CODE, code)
                .set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.PARENT_ID, parentId)
                .set(ORG_UNIT.HEADCOUNT, headcount)
                .set(ORG_UNIT.SORT_ORDER, sortOrder)
                .returning(ORG_UNIT.ID)
                .fetchSingle(ORG_UNIT.ID);
    }
}
