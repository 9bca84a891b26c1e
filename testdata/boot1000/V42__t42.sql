-- core_t_42: table 42 of the core module
CREATE TABLE core_t_42 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_42_name_idx ON core_t_42 (name);
INSERT INTO core_t_42 (name) VALUES ('first row of core_t_42'), ('second row');
