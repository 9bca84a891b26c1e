-- core_t_889: table 889 of the core module
CREATE TABLE core_t_889 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_889_name_idx ON core_t_889 (name);
