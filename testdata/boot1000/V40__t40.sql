-- core_t_40: table 40 of the core module
CREATE TABLE core_t_40 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_40_name_idx ON core_t_40 (name);
INSERT INTO core_t_40 (name) VALUES ('first row of core_t_40'), ('second row');
