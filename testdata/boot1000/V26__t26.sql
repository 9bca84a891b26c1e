-- core_t_26: table 26 of the core module
CREATE TABLE core_t_26 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_26_name_idx ON core_t_26 (name);
INSERT INTO core_t_26 (name) VALUES ('first row of core_t_26'), ('second row');
