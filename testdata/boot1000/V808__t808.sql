-- core_t_808: table 808 of the core module
CREATE TABLE core_t_808 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_808_name_idx ON core_t_808 (name);
INSERT INTO core_t_808 (name) VALUES ('first row of core_t_808'), ('second row');
