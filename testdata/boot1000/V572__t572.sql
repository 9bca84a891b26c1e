-- core_t_572: table 572 of the core module
CREATE TABLE core_t_572 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_572_name_idx ON core_t_572 (name);
INSERT INTO core_t_572 (name) VALUES ('first row of core_t_572'), ('second row');
