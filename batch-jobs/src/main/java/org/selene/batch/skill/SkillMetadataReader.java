package org.selene.batch.skill;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.batch.ImportSources;

import java.io.Serializable;
import java.util.List;

/** Reads the catalogue entries one by one; the checkpoint is the position, so a restart resumes after the last committed chunk. */
@Named("skillMetadataReader")
@Dependent
public class SkillMetadataReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String source;

    @Inject
    @BatchProperty
    String coreVersion;

    @Inject
    ImportSources sources;

    private List<CatalogueItem> items;
    private int position;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        items = SkillMetadataSource.read(source, coreVersion, sources::allowsUrl);
        position = checkpoint instanceof Integer p ? p : 0;
    }

    @Override
    public Object readItem() {
        return position < items.size() ? items.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
