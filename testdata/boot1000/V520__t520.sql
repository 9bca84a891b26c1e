-- core_t_520: table 520 of the core module
CREATE TABLE core_t_520 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_520_name_idx ON core_t_520 (name);
INSERT INTO core_t_520 (name) VALUES ('first row of core_t_520'), ('second row');
