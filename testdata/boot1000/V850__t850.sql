-- core_t_850: table 850 of the core module
CREATE TABLE core_t_850 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_850_name_idx ON core_t_850 (name);
INSERT INTO core_t_850 (name) VALUES ('first row of core_t_850'), ('second row');
