-- core_t_924: table 924 of the core module
CREATE TABLE core_t_924 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_924_name_idx ON core_t_924 (name);
INSERT INTO core_t_924 (name) VALUES ('first row of core_t_924'), ('second row');
