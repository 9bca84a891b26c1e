-- core_t_826: table 826 of the core module
CREATE TABLE core_t_826 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_826_name_idx ON core_t_826 (name);
INSERT INTO core_t_826 (name) VALUES ('first row of core_t_826'), ('second row');
