UPDATE user_layer SET style = '{"fill":{"color":"#FAEBD7"}}' WHERE style IS NULL;
ALTER TABLE user_layer ALTER COLUMN style SET DEFAULT '{"fill":{"color":"#FAEBD7"}}';
