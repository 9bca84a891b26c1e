-- core_t_54: table 54 of the core module
CREATE TABLE core_t_54 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_54_name_idx ON core_t_54 (name);
INSERT INTO core_t_54 (name) VALUES ('first row of core_t_54'), ('second row');
