-- core_t_600: table 600 of the core module
CREATE TABLE core_t_600 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_600_name_idx ON core_t_600 (name);
INSERT INTO core_t_600 (name) VALUES ('first row of core_t_600'), ('second row');
