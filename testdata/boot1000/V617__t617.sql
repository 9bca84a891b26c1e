-- core_t_617: table 617 of the core module
CREATE TABLE core_t_617 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_617_name_idx ON core_t_617 (name);
