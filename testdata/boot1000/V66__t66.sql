-- core_t_66: table 66 of the core module
CREATE TABLE core_t_66 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_66_name_idx ON core_t_66 (name);
INSERT INTO core_t_66 (name) VALUES ('first row of core_t_66'), ('second row');
