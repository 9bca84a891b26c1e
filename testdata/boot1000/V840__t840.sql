-- core_t_840: table 840 of the core module
CREATE TABLE core_t_840 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_840_name_idx ON core_t_840 (name);
INSERT INTO core_t_840 (name) VALUES ('first row of core_t_840'), ('second row');
