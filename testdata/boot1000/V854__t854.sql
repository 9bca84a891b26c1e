-- core_t_854: table 854 of the core module
CREATE TABLE core_t_854 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_854_name_idx ON core_t_854 (name);
INSERT INTO core_t_854 (name) VALUES ('first row of core_t_854'), ('second row');
