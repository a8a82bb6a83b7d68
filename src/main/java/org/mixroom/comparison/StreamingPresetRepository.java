package org.mixroom.comparison;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StreamingPresetRepository extends JpaRepository<StreamingPreset, UUID> {
    List<StreamingPreset> findAllByOrderByPosition();

    Optional<StreamingPreset> findByPlatform(String platform);
}
