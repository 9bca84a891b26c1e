-- core_t_720: table 720 of the core module
CREATE TABLE core_t_720 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_720_name_idx ON core_t_720 (name);
INSERT INTO core_t_720 (name) VALUES ('first row of core_t_720'), ('second row');
