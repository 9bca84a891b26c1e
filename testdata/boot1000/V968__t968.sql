-- core_t_968: table 968 of the core module
CREATE TABLE core_t_968 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_968_name_idx ON core_t_968 (name);
INSERT INTO core_t_968 (name) VALUES ('first row of core_t_968'), ('second row');
