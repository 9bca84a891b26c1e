-- core_t_874: table 874 of the core module
CREATE TABLE core_t_874 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_874_name_idx ON core_t_874 (name);
INSERT INTO core_t_874 (name) VALUES ('first row of core_t_874'), ('second row');
