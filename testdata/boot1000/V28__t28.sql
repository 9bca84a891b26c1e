-- core_t_28: table 28 of the core module
CREATE TABLE core_t_28 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_28_name_idx ON core_t_28 (name);
INSERT INTO core_t_28 (name) VALUES ('first row of core_t_28'), ('second row');
