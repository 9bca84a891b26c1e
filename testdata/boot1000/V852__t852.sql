-- core_t_852: table 852 of the core module
CREATE TABLE core_t_852 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_852_name_idx ON core_t_852 (name);
INSERT INTO core_t_852 (name) VALUES ('first row of core_t_852'), ('second row');
