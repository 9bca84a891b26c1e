-- core_t_200: table 200 of the core module
CREATE TABLE core_t_200 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_200_name_idx ON core_t_200 (name);
INSERT INTO core_t_200 (name) VALUES ('first row of core_t_200'), ('second row');
