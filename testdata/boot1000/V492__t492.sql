-- core_t_492: table 492 of the core module
CREATE TABLE core_t_492 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_492_name_idx ON core_t_492 (name);
INSERT INTO core_t_492 (name) VALUES ('first row of core_t_492'), ('second row');
