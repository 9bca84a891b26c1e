-- core_t_936: table 936 of the core module
CREATE TABLE core_t_936 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_936_name_idx ON core_t_936 (name);
INSERT INTO core_t_936 (name) VALUES ('first row of core_t_936'), ('second row');
