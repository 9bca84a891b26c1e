-- core_t_686: table 686 of the core module
CREATE TABLE core_t_686 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_686_name_idx ON core_t_686 (name);
INSERT INTO core_t_686 (name) VALUES ('first row of core_t_686'), ('second row');
