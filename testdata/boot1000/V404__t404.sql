-- core_t_404: table 404 of the core module
CREATE TABLE core_t_404 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_404_name_idx ON core_t_404 (name);
INSERT INTO core_t_404 (name) VALUES ('first row of core_t_404'), ('second row');
