import type { Migration } from './index';

/**
 * The case database. An exchange is one JSON document (`state`, validated by the shared
 * schema) plus the columns that lists filter and sort on, derived from it on every write.
 * `events` is the case history; it goes when its exchange goes (retention).
 */
export const m001_initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        district TEXT NOT NULL,
        coordinator_name TEXT NOT NULL,
        coordinator_contact TEXT NOT NULL,
        deadlines TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE pairs (
        id INTEGER PRIMARY KEY,
        district_a TEXT NOT NULL,
        district_b TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (district_a < district_b),
        UNIQUE (district_a, district_b)
      );

      CREATE TABLE exchanges (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        direction TEXT NOT NULL CHECK (direction IN ('utgaende', 'innkommende')),
        partner_district TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('aktiv', 'avsluttet')),
        outcome TEXT CHECK (outcome IN ('gjennomfort', 'avslatt', 'trukket', 'avbrutt')),
        current_step TEXT NOT NULL,
        next_action TEXT NOT NULL,
        next_side TEXT NOT NULL,
        due_date TEXT,
        malgruppe TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT
      );
      CREATE INDEX exchanges_status_updated ON exchanges (status, updated_at DESC);
      CREATE INDEX exchanges_direction_status_updated ON exchanges (direction, status, updated_at DESC);
      CREATE INDEX exchanges_partner ON exchanges (partner_district, status);
      CREATE INDEX exchanges_step ON exchanges (current_step, status);
      CREATE INDEX exchanges_due ON exchanges (status, due_date);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        step TEXT,
        summary TEXT NOT NULL
      );
      CREATE INDEX events_exchange ON events (exchange_id, id);
    `);
  },
};
