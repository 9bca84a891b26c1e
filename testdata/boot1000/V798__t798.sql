-- core_t_798: table 798 of the core module
CREATE TABLE core_t_798 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_798_name_idx ON core_t_798 (name);
INSERT INTO core_t_798 (name) VALUES ('first row of core_t_798'), ('second row');
