-- core_t_16: table 16 of the core module
CREATE TABLE core_t_16 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_16_name_idx ON core_t_16 (name);
INSERT INTO core_t_16 (name) VALUES ('first row of core_t_16'), ('second row');
