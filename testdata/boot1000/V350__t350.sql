-- core_t_350: table 350 of the core module
CREATE TABLE core_t_350 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_350_name_idx ON core_t_350 (name);
INSERT INTO core_t_350 (name) VALUES ('first row of core_t_350'), ('second row');
