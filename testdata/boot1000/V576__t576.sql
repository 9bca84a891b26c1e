-- core_t_576: table 576 of the core module
CREATE TABLE core_t_576 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_576_name_idx ON core_t_576 (name);
INSERT INTO core_t_576 (name) VALUES ('first row of core_t_576'), ('second row');
