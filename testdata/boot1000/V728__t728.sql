-- core_t_728: table 728 of the core module
CREATE TABLE core_t_728 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_728_name_idx ON core_t_728 (name);
INSERT INTO core_t_728 (name) VALUES ('first row of core_t_728'), ('second row');
