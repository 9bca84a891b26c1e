-- core_t_866: table 866 of the core module
CREATE TABLE core_t_866 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_866_name_idx ON core_t_866 (name);
INSERT INTO core_t_866 (name) VALUES ('first row of core_t_866'), ('second row');
