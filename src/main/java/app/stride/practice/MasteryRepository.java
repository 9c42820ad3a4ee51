package app.stride.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MasteryRepository extends JpaRepository<Mastery, Mastery.Key> {

    List<Mastery> findByKeyUserId(long userId);
}
