-- core_t_592: table 592 of the core module
CREATE TABLE core_t_592 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_592_name_idx ON core_t_592 (name);
INSERT INTO core_t_592 (name) VALUES ('first row of core_t_592'), ('second row');
