-- core_t_830: table 830 of the core module
CREATE TABLE core_t_830 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_830_name_idx ON core_t_830 (name);
INSERT INTO core_t_830 (name) VALUES ('first row of core_t_830'), ('second row');
