-- core_t_168: table 168 of the core module
CREATE TABLE core_t_168 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_168_name_idx ON core_t_168 (name);
INSERT INTO core_t_168 (name) VALUES ('first row of core_t_168'), ('second row');
