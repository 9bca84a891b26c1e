-- core_t_594: table 594 of the core module
CREATE TABLE core_t_594 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_594_name_idx ON core_t_594 (name);
INSERT INTO core_t_594 (name) VALUES ('first row of core_t_594'), ('second row');
