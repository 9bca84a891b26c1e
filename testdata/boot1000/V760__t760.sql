-- core_t_760: table 760 of the core module
CREATE TABLE core_t_760 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_760_name_idx ON core_t_760 (name);
INSERT INTO core_t_760 (name) VALUES ('first row of core_t_760'), ('second row');
