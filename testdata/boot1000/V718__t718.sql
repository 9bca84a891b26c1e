-- core_t_718: table 718 of the core module
CREATE TABLE core_t_718 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_718_name_idx ON core_t_718 (name);
INSERT INTO core_t_718 (name) VALUES ('first row of core_t_718'), ('second row');
