-- core_t_596: table 596 of the core module
CREATE TABLE core_t_596 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_596_name_idx ON core_t_596 (name);
INSERT INTO core_t_596 (name) VALUES ('first row of core_t_596'), ('second row');
