-- core_t_770: table 770 of the core module
CREATE TABLE core_t_770 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_770_name_idx ON core_t_770 (name);
INSERT INTO core_t_770 (name) VALUES ('first row of core_t_770'), ('second row');
