-- core_t_814: table 814 of the core module
CREATE TABLE core_t_814 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_814_name_idx ON core_t_814 (name);
INSERT INTO core_t_814 (name) VALUES ('first row of core_t_814'), ('second row');
