-- core_t_238: table 238 of the core module
CREATE TABLE core_t_238 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_238_name_idx ON core_t_238 (name);
INSERT INTO core_t_238 (name) VALUES ('first row of core_t_238'), ('second row');
