-- core_t_674: table 674 of the core module
CREATE TABLE core_t_674 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_674_name_idx ON core_t_674 (name);
INSERT INTO core_t_674 (name) VALUES ('first row of core_t_674'), ('second row');
