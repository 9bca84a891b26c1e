-- core_t_752: table 752 of the core module
CREATE TABLE core_t_752 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_752_name_idx ON core_t_752 (name);
INSERT INTO core_t_752 (name) VALUES ('first row of core_t_752'), ('second row');
