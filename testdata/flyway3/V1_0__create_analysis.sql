-- Analysis module: results of spatial analyses
CREATE TABLE analysis (
  id bigserial PRIMARY KEY,
  uuid character varying(64),
  name character varying(255) NOT NULL,
  layer_id integer,
  analyse_json text,
  created timestamp with time zone NOT NULL DEFAULT now(),
  updated timestamp with time zone
);

CREATE INDEX analysis_uuid_idx ON analysis (uuid);
